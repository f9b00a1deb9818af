package hotline.knowledge.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    /** In memory on each node; a cluster would put an OpenSearch client behind the same interface (ADR 0051). */
    @Bean(destroyMethod = "close")
    LuceneKnowledgeIndex knowledgeIndex() {
        return new LuceneKnowledgeIndex();
    }
}
