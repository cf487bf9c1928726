// Imports every clinical document of a folder N times and compares the
// throughput with a bare QXmlStreamReader tokenize of the same bytes in the
// same process (the ceiling for any QXmlStreamReader-based importer).
//
//   bench_documents [folder] [iterations] [--list FILE]
//
// --list writes the paths of the documents Hearth accepted, one per line, so
// that bench_documents.sh runs blue-button over exactly the same files.
#include "core/documents/DocumentImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Sample
{
    QString path;
    QByteArray bytes;
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One debug line per document would be measured too.
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.*.debug=false"));
    QStringList args = app.arguments().mid(1);
    QString listFile;
    const int listAt = int(args.indexOf(QStringLiteral("--list")));
    if (listAt >= 0 && listAt + 1 < args.size()) {
        listFile = args.at(listAt + 1);
        args.remove(listAt, 2);
    }
    const QString folder = args.value(0, QStringLiteral(HEARTH_SHARED_DIR_BENCH "/samples/ccda"));
    const int iterations = args.value(1, QStringLiteral("20")).toInt();

    QList<Sample> samples;
    int refused = 0;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (!hearth::DocumentImporter::read(bytes).ok()) {
            ++refused; // the negative samples and the PDF
            continue;
        }
        samples.append({ info.filePath(), bytes });
    }
    if (samples.isEmpty()) {
        std::fprintf(stderr, "no documents in %s\n", qPrintable(folder));
        return 1;
    }
    qint64 totalBytes = 0;
    for (const Sample &s : samples)
        totalBytes += s.bytes.size();
    if (!listFile.isEmpty()) {
        QFile out(listFile);
        if (out.open(QIODevice::WriteOnly)) {
            QTextStream stream(&out);
            for (const Sample &s : samples)
                stream << s.path << '\n';
        }
    }

    // Interleave the two measurements so that load from other processes on
    // the shared CPU hits both alike.
    double importSeconds = 0;
    double tokenizeSeconds = 0;
    qint64 items = 0;
    qint64 tokens = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (const Sample &s : samples)
            items += hearth::DocumentImporter::read(s.bytes).document.items.size();
        importSeconds += seconds(timer);

        timer.start();
        for (const Sample &s : samples) {
            QXmlStreamReader reader(s.bytes);
            while (!reader.atEnd()) {
                reader.readNext();
                ++tokens;
            }
        }
        tokenizeSeconds += seconds(timer);
    }

    const double mb = double(totalBytes) * iterations / (1024.0 * 1024.0);
    const double docs = double(samples.size()) * iterations;
    std::printf("documents: %lld accepted (%d refused), %.2f MB per pass, %d passes\n",
        static_cast<long long>(samples.size()), refused, double(totalBytes) / (1024.0 * 1024.0),
        iterations);
    std::printf("hearth import:     %8.1f documents/s %8.2f MB/s (%lld items)\n",
        docs / importSeconds, mb / importSeconds, static_cast<long long>(items / iterations));
    std::printf("bare tokenize:     %8.1f documents/s %8.2f MB/s (%lld tokens)\n",
        docs / tokenizeSeconds, mb / tokenizeSeconds, static_cast<long long>(tokens / iterations));
    std::printf("import / tokenize: %.2fx the time\n", importSeconds / tokenizeSeconds);
    std::printf("HEARTH_MBPS=%.3f\n", mb / importSeconds);
    return 0;
}
