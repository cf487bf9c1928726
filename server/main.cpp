// hearth-vault: a HealthVault-compatible platform for a household.

#include "server/ListenAddress.h"
#include "server/ShutdownSignals.h"
#include "server/VaultServer.h"
#include "server/api/AppCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace hearth::vault;

namespace {

// `hearth-vault admin --data DIR <command>`: the Application Configuration
// Center in small, and a list of accounts.
int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Administers a vault's data folder.\n"
        "Commands: list-accounts, list-apps, add-app --name NAME [--id GUID] [--types GUID,...] "
        "[--permissions CRUD] [--certificate FILE.pem], set-certificate --id GUID --certificate "
        "FILE.pem"));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Folder of the vault's data."), QStringLiteral("DIR"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("Application name."), QStringLiteral("NAME"));
    const QCommandLineOption idOption(QStringLiteral("id"),
        QStringLiteral("Application id (default: a new one)."), QStringLiteral("GUID"));
    const QCommandLineOption typesOption(QStringLiteral("types"),
        QStringLiteral("Thing types the app may use (default: all)."), QStringLiteral("GUID,..."));
    const QCommandLineOption permissionsOption(QStringLiteral("permissions"),
        QStringLiteral("Any of C, R, U, D (default: CRUD)."), QStringLiteral("CRUD"),
        QStringLiteral("CRUD"));
    const QCommandLineOption certificateOption(QStringLiteral("certificate"),
        QStringLiteral("The app's public certificate (PEM, RSA key) that checks its "
                       "CreateAuthenticatedSessionToken sig; replaces an earlier one."),
        QStringLiteral("FILE.pem"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("PostgreSQL database instead of the SQLite file in DIR."),
        QStringLiteral("postgresql://USER@HOST:PORT/DB"));
    parser.addOptions({ dataOption, databaseOption, nameOption, idOption, typesOption,
        permissionsOption, certificateOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.process(arguments);
    const QStringList commands = parser.positionalArguments();
    if (!parser.isSet(dataOption) || commands.size() != 2) {
        std::fprintf(stderr, "hearth-vault admin: --data DIR and one command are required\n");
        return 2;
    }
    VaultServer server(parser.value(dataOption));
    if (parser.isSet(databaseOption))
        server.setDatabaseUrl(QUrl(parser.value(databaseOption)));
    QString error;
    if (!server.openStore(&error)) {
        std::fprintf(stderr, "hearth-vault admin: %s\n", qPrintable(error));
        return 1;
    }
    VaultStore &store = server.store();
    const QString command = commands.at(1);
    if (command == QLatin1String("list-accounts")) {
        for (const Account &account : store.accounts())
            std::printf("%s\t%s\n", qPrintable(account.personId.toString(QUuid::WithoutBraces)),
                qPrintable(account.email));
        return 0;
    }
    if (command == QLatin1String("list-apps")) {
        for (const Application &app : store.applications())
            std::printf("%s\t%s\t%s\n", qPrintable(app.id.toString(QUuid::WithoutBraces)),
                qPrintable(app.permissions), qPrintable(app.name));
        return 0;
    }
    // The certificate is read and checked before add-app stores anything.
    std::optional<AppCertificate> certificate;
    if (parser.isSet(certificateOption)) {
        QFile file(parser.value(certificateOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "hearth-vault admin: cannot read %s\n",
                qPrintable(parser.value(certificateOption)));
            return 1;
        }
        certificate = AppCertificate::fromPem(file.readAll(), &error);
        if (!certificate) {
            std::fprintf(stderr, "hearth-vault admin: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (command == QLatin1String("set-certificate")) {
        const QUuid id = QUuid::fromString(parser.value(idOption));
        if (id.isNull() || !certificate) {
            std::fprintf(
                stderr, "hearth-vault admin set-certificate: needs --id GUID and --certificate\n");
            return 2;
        }
        if (!store.setAppCertificate(id, certificate->thumbprint(), certificate->pem(), &error)) {
            std::fprintf(stderr, "hearth-vault admin: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(certificate->thumbprint()));
        return 0;
    }
    if (command == QLatin1String("add-app")) {
        Application app;
        app.name = parser.value(nameOption).trimmed();
        app.id = parser.isSet(idOption) ? QUuid::fromString(parser.value(idOption))
                                        : QUuid::createUuid();
        app.permissions = parser.value(permissionsOption).toUpper();
        const QStringList types
            = parser.value(typesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &type : types)
            app.allowedTypes << QUuid::fromString(type.trimmed());
        const bool validPermissions = !app.permissions.isEmpty()
            && QStringView(app.permissions).count(QLatin1Char('C'))
                    + QStringView(app.permissions).count(QLatin1Char('R'))
                    + QStringView(app.permissions).count(QLatin1Char('U'))
                    + QStringView(app.permissions).count(QLatin1Char('D'))
                == app.permissions.size();
        if (app.name.isEmpty() || app.id.isNull() || app.allowedTypes.contains(QUuid())
            || !validPermissions) {
            std::fprintf(stderr,
                "hearth-vault admin add-app: needs --name, a valid --id, GUID --types and "
                "--permissions of C, R, U, D\n");
            return 2;
        }
        if (!store.addApplication(app, &error)
            || (certificate
                && !store.setAppCertificate(
                    app.id, certificate->thumbprint(), certificate->pem(), &error))) {
            std::fprintf(stderr, "hearth-vault admin: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(app.id.toString(QUuid::WithoutBraces)));
        return 0;
    }
    std::fprintf(stderr, "hearth-vault admin: unknown command %s\n", qPrintable(command));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-vault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    if (argc > 1 && QByteArrayView(argv[1]) == "admin")
        return runAdmin(QCoreApplication::arguments());

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
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (chain) for HTTPS; with --tls-key the vault may listen "
                       "on any address."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption maxBlobOption(QStringLiteral("max-blob-size"),
        QStringLiteral("Largest blob (file) the vault accepts, in bytes (default 2 GiB)."),
        QStringLiteral("BYTES"));
    const QCommandLineOption certificateOption(QStringLiteral("certificate"),
        QStringLiteral("The app's public certificate (PEM, RSA key) that checks its "
                       "CreateAuthenticatedSessionToken sig; replaces an earlier one."),
        QStringLiteral("FILE.pem"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("Keep the data in this PostgreSQL database instead of an SQLite file in "
                       "DIR."),
        QStringLiteral("postgresql://USER@HOST:PORT/DB"));
    parser.addOptions(
        { dataOption, databaseOption, listenOption, certOption, keyOption, maxBlobOption });
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
    if (parser.isSet(databaseOption))
        server.setDatabaseUrl(QUrl(parser.value(databaseOption)));
    if (parser.isSet(maxBlobOption)) {
        bool ok = false;
        BlobLimits limits;
        limits.maxBlobSize = parser.value(maxBlobOption).toLongLong(&ok);
        if (!ok || limits.maxBlobSize <= 0) {
            std::fprintf(stderr, "hearth-vault: --max-blob-size must be a number of bytes\n");
            return 2;
        }
        server.setBlobLimits(limits);
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        std::fprintf(stderr, "hearth-vault: --tls-cert and --tls-key go together\n");
        return 2;
    }
    if (parser.isSet(certOption)
        && !server.setTls(parser.value(certOption), parser.value(keyOption), &error)) {
        std::fprintf(stderr, "hearth-vault: %s\n", qPrintable(error));
        return 1;
    }
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
