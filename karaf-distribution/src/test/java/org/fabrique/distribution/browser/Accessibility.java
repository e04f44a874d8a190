package org.fabrique.distribution.browser;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (bundled in com.deque.html.axe-core:selenium, so no network) on the page a browser shows,
 * against WCAG 2.0 and 2.1, levels A and AA, and keeps what a person would be blocked by: serious and critical.
 */
public final class Accessibility {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** The serious and critical WCAG A/AA violations of the page the browser shows now. */
    public static Violations check(Browser browser) {
        return check(browser.driver());
    }

    public static Violations check(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage(), results.getError());
        }
        List<Violation> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::violation)
                .collect(Collectors.toList());
        return new Violations(results.getUrl(), blocking);
    }

    private static Violation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(Accessibility::selector)
                .collect(Collectors.toList());
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets);
    }

    /** axe gives a target as a list of selectors (one per frame or shadow root on the way to the element). */
    private static String selector(Object target) {
        if (target instanceof Collection) {
            return ((Collection<?>) target).stream().map(Accessibility::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    /** One rule that the page breaks, with the CSS selectors of the elements that break it. */
    public record Violation(String ruleId, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return ruleId + " (" + impact + "): " + help + " -> " + String.join(", ", targets);
        }
    }

    /** The blocking violations of one page; its toString is meant for assertion messages. */
    public record Violations(String url, List<Violation> list) {

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public Set<String> ruleIds() {
            return list.stream().map(Violation::ruleId).collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String toString() {
            if (list.isEmpty()) {
                return "No serious or critical accessibility violation on " + url;
            }
            return list.size() + " serious or critical accessibility violation(s) on " + url + ":\n  "
                    + list.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
        }
    }
}
