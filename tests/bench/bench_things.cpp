// Parse and write back many weight and medication things and compare with
// a bare QXmlStreamReader pass over the same bytes (the floor for any
// QXmlStreamReader-based parser). Run from a release build:
//   build/release/bin/bench_things [weights] [medications]

#include "core/thing/Medication.h"
#include "core/thing/Thing.h"
#include "core/thing/Weight.h"

#include <QElapsedTimer>
#include <QList>
#include <QXmlStreamReader>

#include <cstdio>

using namespace hearth;

namespace {

// A weight thing shaped like the SDK's ThingSampleWeight.xml.
QByteArray weightThing(int i)
{
    return QStringLiteral(
        "<thing><thing-id version-stamp=\"672b1c15-4704-4bcd-97d6-3e183309af0a\">"
        "31501360-362b-4791-ae12-%1</thing-id>"
        "<type-id name=\"Weight\">3d34d87e-7fc1-4153-800f-f56592cb0d17</type-id>"
        "<thing-state>Active</thing-state><flags>0</flags>"
        "<eff-date>2017-06-02T00:00:00Z</eff-date>"
        "<created><timestamp>2017-06-02T22:26:22.07Z</timestamp>"
        "<app-id name=\"Hearth\">9ca84d74-1473-471d-940f-2699cb7198df</app-id>"
        "<person-id name=\"Someone\">64141445-0ed8-47eb-a9bc-6081628f9357</person-id>"
        "<access-avenue>Online</access-avenue><audit-action>Created</audit-action>"
        "</created><updated><timestamp>2017-06-02T23:44:21.963Z</timestamp>"
        "<app-id name=\"Hearth\">9ca84d74-1473-471d-940f-2699cb7198df</app-id>"
        "<person-id name=\"Someone\">64141445-0ed8-47eb-a9bc-6081628f9357</person-id>"
        "<access-avenue>Online</access-avenue><audit-action>Updated</audit-action>"
        "</updated><data-xml><weight><when><date><y>2017</y><m>6</m><d>%2</d>"
        "</date><time><h>7</h><m>30</m><s>0</s></time></when><value><kg>%3</kg>"
        "<display units=\"lb\" units-code=\"lb\">%4</display></value></weight>"
        "<common/></data-xml></thing>")
        .arg(i, 12, 10, QLatin1Char('0'))
        .arg(1 + i % 28)
        .arg(Units::toKilograms(120 + i % 80, MassUnit::Pound), 0, 'g', 17)
        .arg(120 + i % 80)
        .toUtf8();
}

// A medication thing shaped like the official medication (v2) sample.
QByteArray medicationThing(int i)
{
    return QStringLiteral(
        "<thing><thing-id version-stamp=\"672b1c15-4704-4bcd-97d6-3e183309af0a\">"
        "41501360-362b-4791-ae12-%1</thing-id>"
        "<type-id name=\"Medication\">30cafccc-047d-4288-94ef-643571f7919d</type-id>"
        "<thing-state>Active</thing-state><flags>0</flags>"
        "<eff-date>2005-01-01T06:00:00Z</eff-date><data-xml><medication>"
        "<name><text>Ibuprofen %1</text><code><value>df48b0ac-de8b-4bca-8785-"
        "dad6897fb53d</value><family>Mayo</family><type>MayoMedications</type>"
        "<version>1.0</version></code></name><generic-name><text>Ibuprofen / "
        "Tolperisone Oral Tablet</text><code><value>1579080</value><family>RxNorm"
        "</family><type>RxNorm Obsolete Medicines</type><version>09AB_091102F"
        "</version></code></generic-name><dose><display>3 Tablets/Day</display>"
        "<structured><value>3</value><units><text>Tablets</text><code><value>Tablets"
        "</value><family>wc</family><type>medication-dose-units</type><version>1"
        "</version></code></units></structured></dose><strength><display>600mg"
        "</display><structured><value>600</value><units><text>Milligrams (mg)</text>"
        "<code><value>mg</value><family>wc</family><type>medication-strength-unit"
        "</type><version>1</version></code></units></structured></strength>"
        "<frequency><display>1 tablet every 8 hours</display><structured><value>8"
        "</value><units><text>Hour</text><code><value>hour</value><family>wc"
        "</family><type>recurrence-intervals</type><version>1</version></code>"
        "</units></structured></frequency><route><text>By mouth</text><code><value>"
        "po</value><family>wc</family><type>medication-routes</type><version>2"
        "</version></code></route><date-started><structured><date><y>2005</y><m>1"
        "</m><d>1</d></date><time><h>6</h><m>0</m><s>0</s><f>0</f></time>"
        "</structured></date-started><prescribed><text>Prescribed OTC</text><code>"
        "<value>OTC</value><family>wc</family><type>medication-prescribed</type>"
        "<version>1</version></code></prescribed></medication><common><note>Take "
        "with food</note></common></data-xml></thing>")
        .arg(i, 12, 10, QLatin1Char('0'))
        .toUtf8();
}

struct Figures
{
    double seconds = 0;
    qint64 bytes = 0;
    int count = 0;
};

void report(const char *what, const Figures &f, const Figures &baseline)
{
    std::printf("  %-28s %9.0f things/s %8.1f MB/s  %5.2fx tokenizer\n", what, f.count / f.seconds,
        f.bytes / f.seconds / 1e6, f.seconds / baseline.seconds);
}

Figures tokenize(const QList<QByteArray> &inputs)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &bytes : inputs) {
        QXmlStreamReader reader(bytes);
        reader.setNamespaceProcessing(false);
        while (!reader.atEnd())
            reader.readNext();
        if (reader.hasError())
            qFatal("benchmark input does not tokenize");
        f.bytes += bytes.size();
        ++f.count;
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    return f;
}

template<class Typed, class Access>
Figures parse(const QList<QByteArray> &inputs, QList<Thing> &things, Access access)
{
    Figures f;
    things.clear();
    things.reserve(inputs.size());
    double sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &bytes : inputs) {
        auto thing = Thing::fromXml(bytes);
        if (!thing)
            qFatal("benchmark input does not parse");
        const auto typed = Typed::fromThing(*thing);
        if (!typed)
            qFatal("benchmark thing is not of its type");
        sink += access(*typed);
        things.append(std::move(*thing));
        f.bytes += bytes.size();
        ++f.count;
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    if (sink < 0)
        std::printf("%f\n", sink);
    return f;
}

Figures write(const QList<Thing> &things)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (const Thing &thing : things) {
        f.bytes += thing.toXml().size();
        ++f.count;
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    return f;
}

template<class Typed, class Access>
void run(const char *name, int count, QByteArray (*make)(int), Access access)
{
    QList<QByteArray> inputs;
    inputs.reserve(count);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        inputs.append(make(i));
        total += inputs.last().size();
    }
    std::printf("%s: %d things, %.1f MB (%lld bytes each)\n", name, count, total / 1e6,
        static_cast<long long>(total / count));
    QList<Thing> things;
    // Warm up once, then measure the best of three rounds of each.
    tokenize(inputs);
    Figures base, parsed, written;
    for (int round = 0; round < 3; ++round) {
        const Figures t = tokenize(inputs);
        const Figures p = parse<Typed>(inputs, things, access);
        const Figures w = write(things);
        if (round == 0 || t.seconds < base.seconds)
            base = t;
        if (round == 0 || p.seconds < parsed.seconds)
            parsed = p;
        if (round == 0 || w.seconds < written.seconds)
            written = w;
    }
    report("QXmlStreamReader tokenize", base, base);
    report("parse + typed access", parsed, base);
    report("write (toXml)", written, base);
}

} // namespace

int main(int argc, char **argv)
{
    const int weights = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int medications = argc > 2 ? std::atoi(argv[2]) : 10000;
    run<Weight>("weight", weights, weightThing,
        [](const Weight &w) { return w.value().kilograms() + w.when().date.day(); });
    run<Medication>("medication", medications, medicationThing,
        [](const Medication &m) { return double(m.name().text.size() + m.summary().size()); });
    return 0;
}
