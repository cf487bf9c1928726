// libFuzzer target for the thing parser: any bytes either give a clear
// error or a thing that writes back to XML which reads back the same.

#include "core/thing/Medication.h"
#include "core/thing/Thing.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/Weight.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void checkRoundTrip(const hearth::Thing &thing)
{
    hearth::ThingError error;
    const QByteArray written = thing.toXml();
    const auto again = hearth::Thing::fromXml(written, &error);
    if (!again || !again->canonicallyEquals(thing)) {
        std::fprintf(stderr, "round trip broke: %s\n%s\n", qPrintable(error.toString()),
            written.constData());
        std::abort();
    }
    // Typed access must not crash on whatever the XML holds.
    hearth::ThingTypeRegistry::summary(thing);
    hearth::ThingTypeRegistry::effectiveDate(thing);
    thing.blobs();
    thing.relatedThings();
    thing.created();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    hearth::ThingError error;
    if (const auto thing = hearth::Thing::fromXml(input, &error))
        checkRoundTrip(*thing);
    // The same bytes as the data-xml of a weight and of a medication.
    if (const auto thing = hearth::Thing::fromDataXml(hearth::Weight::typeId(), input, &error)) {
        checkRoundTrip(*thing);
        if (const auto weight = hearth::Weight::fromThing(*thing))
            weight->summary();
    }
    if (const auto thing = hearth::Thing::fromDataXml(hearth::Medication::typeId(), input)) {
        if (const auto medication = hearth::Medication::fromThing(*thing))
            medication->summary();
    }
    return 0;
}
