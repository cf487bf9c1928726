// hearth-vault: a HealthVault-compatible platform for a household.

#include "server/ListenAddress.h"
#include "server/ShutdownSignals.h"
#include "server/VaultServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace hearth::vault;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-vault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hearth vault: keeps a household's health records and serves the HealthVault XML "
        "API and sign-in pages to Hearth apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Folder of the vault's data (created on "
                       "first start)."),
        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on, e.g. "
                       "127.0.0.1:8080 (port 0: any free port)."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    parser.addOptions({ dataOption, listenOption });
    parser.process(app);

    if (!parser.isSet(dataOption)) {
        std::fprintf(stderr, "hearth-vault: --data DIR is required (see --help)\n");
        return 2;
    }
    ListenAddress listen;
    QString error;
    if (!ListenAddress::parse(parser.value(listenOption), &listen, &error)) {
        std::fprintf(stderr, "hearth-vault: --listen: %s\n", qPrintable(error));
        return 2;
    }

    VaultServer server(parser.value(dataOption));
    if (!server.start(listen.address, listen.port, &error)) {
        std::fprintf(stderr, "hearth-vault: %s\n", qPrintable(error));
        return 1;
    }
    // Tests and scripts read the port from here when they asked for port 0.
    std::printf(
        "hearth-vault listening on %s:%u\n", qPrintable(listen.address.toString()), server.port());
    std::fflush(stdout);

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, &QCoreApplication::quit);
    return app.exec();
}
