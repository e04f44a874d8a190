package org.fabrique.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.core.Language;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * The {@code t} of templates: {@code ${t("nav.home")}}, or with values
 * {@code ${t("login.tooMany", "minutes", 15)}}. The text is plain and gets escaped like any value.
 */
final class TextMethod implements TemplateMethodModelEx {

    private final Messages messages;
    private final Language language;

    TextMethod(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() % 2 == 0
                || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("Use t(\"key\") or t(\"key\", \"name\", value, ...)");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < arguments.size(); i += 2) {
            Object name = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
            Object value = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i + 1));
            values.put(String.valueOf(name), value);
        }
        return messages.text(language, key.getAsString(), values);
    }
}
