package org.fabrique.core.internal.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;

/** One page of a JPQL query, with the count of all its rows. */
final class Paging {

    private Paging() {
    }

    /** A LIKE pattern matching values that contain the text, in lower case, with wildcards escaped. */
    static String contains(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * @param from  the JPQL after SELECT, starting with FROM and the alias {@code e}, with its WHERE
     * @param order the ORDER BY clause
     */
    static <E, T> Page<T> page(EntityManager em, Class<E> type, String from, String order,
            Map<String, Object> parameters, PageRequest request, Function<E, T> view) {
        TypedQuery<E> select = em.createQuery("SELECT e " + from + " " + order, type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) " + from, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList().stream().map(view).toList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}
