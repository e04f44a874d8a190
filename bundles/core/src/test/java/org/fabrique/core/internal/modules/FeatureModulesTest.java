package org.fabrique.core.internal.modules;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.fabrique.core.ModuleState;
import org.junit.Test;

public class FeatureModulesTest {

    @Test
    public void platformFeaturesFromACfgFileAreNeverOfferedAsModules() {
        // etc/org.fabrique.core.modules.cfg gives "a,b,c": one string, not an array.
        FeatureModules modules = new FeatureModules(features("fabrique-base", "fabrique-core", "fabrique-web",
                "fabrique-hello", "standard"), config("fabrique-base, fabrique-core,fabrique-web"));

        assertEquals(List.of("hello"), modules.available().stream().map(ModuleState::id).toList());
    }

    @Test
    public void platformFeaturesGivenAsAnArrayWorkToo() {
        FeatureModules modules = new FeatureModules(features("fabrique-base", "fabrique-hello"),
                config("fabrique-base"));

        assertEquals(List.of("hello"), modules.available().stream().map(ModuleState::id).toList());
    }

    private static ModulesConfig config(String... platform) {
        return (ModulesConfig) Proxy.newProxyInstance(ModulesConfig.class.getClassLoader(),
                new Class<?>[] { ModulesConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "featurePrefix" -> "fabrique-";
                    case "platformFeatures" -> platform;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static FeaturesService features(String... names) {
        Feature[] features = new Feature[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            features[i] = (Feature) Proxy.newProxyInstance(Feature.class.getClassLoader(),
                    new Class<?>[] { Feature.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "getName" -> name;
                        case "getVersion" -> "0.1.0.SNAPSHOT";
                        case "getDescription" -> name;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
        return (FeaturesService) Proxy.newProxyInstance(FeaturesService.class.getClassLoader(),
                new Class<?>[] { FeaturesService.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "listFeatures" -> features;
                    case "isInstalled" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
