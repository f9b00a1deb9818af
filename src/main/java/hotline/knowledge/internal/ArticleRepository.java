package hotline.knowledge.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ArticleRepository extends ListCrudRepository<Article, Long> {
}
