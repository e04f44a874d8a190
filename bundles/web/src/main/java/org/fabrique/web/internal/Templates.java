package org.fabrique.web.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.fabrique.core.Language;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker for one render: templates are looked up in the module's bundle first, then in the
 * web bundle (layout, macros, the platform's pages). A fresh {@link Configuration} per render means
 * no template cache holds on to a module's class loader (or serves its old templates) after the
 * module is uninstalled or updated.
 */
final class Templates {

    /** The platform's macros, imported into every template as {@code ui}. */
    static final String MACROS = "templates/web/macros.ftlh";
    static final String LAYOUT = "templates/web/layout.ftlh";

    private final Messages messages;
    private final ClassLoader platformLoader = Templates.class.getClassLoader();
    /** Thread-safe once built; records show their components ({@code entry.label}). */
    private final ObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build();

    Templates(Messages messages) {
        this.messages = messages;
    }

    /** Renders the template with the model, {@code t} and {@code lang}; fails as a whole or not at all. */
    String render(ClassLoader moduleLoader, String template, Language language, Map<String, ?> model) {
        Configuration configuration = configuration(moduleLoader, language);
        Map<String, Object> values = new HashMap<>(model);
        values.put("t", new TextMethod(messages, language));
        values.put("lang", code(language));
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate(template).process(values, out);
        } catch (IOException | TemplateException e) {
            throw new PageRenderingFailed(template, e);
        }
        return out.toString();
    }

    static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    private Configuration configuration(ClassLoader moduleLoader, Language language) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        TemplateLoader platform = new ClassTemplateLoader(platformLoader, "");
        configuration.setTemplateLoader(moduleLoader == platformLoader ? platform
                : new MultiTemplateLoader(new TemplateLoader[] {new ClassTemplateLoader(moduleLoader, ""), platform}));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        // .ftlh is HTML with auto-escaping; say it also for any other name, so nothing escapes it.
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setLocale(language == Language.EN ? Locale.ENGLISH : Locale.FRENCH);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates may not instantiate classes or reach the Java API of the objects they show.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(wrapper);
        configuration.addAutoImport("ui", MACROS);
        return configuration;
    }
}
