package hotline.customer;

/** A person (居民) or an organization (企业、物业、机关 …). */
public enum CustomerKind {
    PERSON, ORGANIZATION
}
