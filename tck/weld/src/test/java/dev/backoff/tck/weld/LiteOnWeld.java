package dev.backoff.tck.weld;

import dev.backoff.Backoff;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;

/**
 * The build-compatible extension as Weld runs it when the portable one is absent. Weld skips every build-compatible
 * extension marked {@code @SkipIfPortableExtensionPresent}, always preferring the portable one, and looks only at the
 * methods a class declares; this subclass, not marked, redeclares each phase so that the CDI Lite path runs on Weld's
 * translator, the portable extension not added.
 */
public class LiteOnWeld extends BackoffLiteExtension {

    @Override
    @Discovery
    public void register(ScannedClasses scanned) {
        super.register(scanned);
    }

    @Override
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {Backoff.class, Backoff.List.class})
    public void shapeBindings(ClassConfig type) {
        super.shapeBindings(type);
    }

    @Override
    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        super.collect(bean);
    }

    @Override
    @Validation
    public void validate(Messages messages) {
        super.validate(messages);
    }

    @Override
    @Synthesis
    public void synthesize(SyntheticComponents components) {
        super.synthesize(components);
    }
}
