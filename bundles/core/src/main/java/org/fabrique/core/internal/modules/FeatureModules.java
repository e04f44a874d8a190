package org.fabrique.core.internal.modules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.fabrique.core.ModuleDescriptor;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Capability modules are the Karaf features named {@code fabrique-<id>}. They are installed and
 * removed without refreshing other bundles: the shared libraries live in the boot features, so
 * nothing else needs rewiring, and no other module restarts.
 */
@Component(service = Modules.class, configurationPid = "org.fabrique.core.modules")
@Designate(ocd = ModulesConfig.class)
public class FeatureModules implements Modules {

    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(
            FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final String prefix;
    private final Set<String> platform;
    private final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();

    @Activate
    public FeatureModules(@Reference FeaturesService features, ModulesConfig config) {
        this.features = features;
        this.prefix = config.featurePrefix();
        this.platform = platformFeatures(config.platformFeatures());
    }

    /**
     * The names of the platform's own features. A {@code .cfg} file gives the list as one comma-separated
     * string, which Declarative Services hands over as a single element: split it.
     */
    static Set<String> platformFeatures(String[] configured) {
        return Arrays.stream(configured).flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addDescriptor(ModuleDescriptor descriptor) {
        descriptors.add(descriptor);
    }

    public void removeDescriptor(ModuleDescriptor descriptor) {
        descriptors.remove(descriptor);
    }

    @Override
    public List<ModuleDescriptor> installed() {
        return descriptors.stream().sorted(Comparator.comparing(ModuleDescriptor::id)).toList();
    }

    @Override
    public List<ModuleState> available() {
        return moduleFeatures().map(this::state).sorted(Comparator.comparing(ModuleState::id)).toList();
    }

    @Override
    public ModuleState install(String id) {
        Feature feature = feature(id);
        try {
            if (!features.isInstalled(feature)) {
                features.installFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
            }
        } catch (Exception e) {
            throw new ModuleOperationFailed("install", id, e);
        }
        return state(feature);
    }

    @Override
    public ModuleState uninstall(String id) {
        Feature feature = feature(id);
        try {
            if (features.isInstalled(feature)) {
                features.uninstallFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
            }
        } catch (Exception e) {
            throw new ModuleOperationFailed("uninstall", id, e);
        }
        return state(feature);
    }

    private Feature feature(String id) {
        String name = prefix + id;
        return moduleFeatures().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("module", id));
    }

    /** Each module feature once, at its highest version. */
    private Stream<Feature> moduleFeatures() {
        try {
            return Arrays.stream(features.listFeatures())
                    .filter(f -> f.getName().startsWith(prefix) && !platform.contains(f.getName()))
                    .collect(Collectors.groupingBy(Feature::getName,
                            Collectors.maxBy(Comparator.comparing(f -> org.osgi.framework.Version.parseVersion(
                                    f.getVersion().replace('-', '.'))))))
                    .values().stream().flatMap(Optional::stream);
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not list its features", e);
        }
    }

    private ModuleState state(Feature feature) {
        String id = feature.getName().substring(prefix.length());
        boolean started = descriptors.stream().anyMatch(d -> d.id().equals(id));
        return new ModuleState(id, feature.getName(), feature.getVersion(), feature.getDescription(),
                features.isInstalled(feature), started);
    }
}
