// Load benchmark for hearth-vault: seeds a record with 100,000 weights,
// starts the real server on loopback and drives it from 16 keep-alive
// connections: a constant route (the HTTP layer's limit), then signed
// GetThings (50 weights) and PutThings (one weight). Prints req/s, p50,
// p99, errors and the ratio to the constant route.
//
//   bench_vault [--seconds N] [--things N] [--connections N]

#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/ResponseEnvelope.h"
#include "core/protocol/XsDateTime.h"
#include "server/store/VaultStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace hearth;
using namespace hearth::vault;

namespace {

const QUuid kWeight = QUuid::fromString(QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17"));

QByteArray weightXml(int i)
{
    const QDate day = QDate(2000, 1, 1).addDays(i / 24);
    return QStringLiteral("<weight><when><date><y>%1</y><m>%2</m><d>%3</d></date><time><h>%4</h>"
                          "<m>0</m><s>0</s></time></when><value><kg>%5</kg></value></weight>")
        .arg(day.year())
        .arg(day.month())
        .arg(day.day())
        .arg(i % 24)
        .arg(60 + (i % 400) / 10.0)
        .toUtf8();
}

QString firstText(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText();
    }
    return {};
}

struct Phase
{
    QString name;
    QByteArray request; // the whole HTTP request, sent again and again
    qint64 requests = 0;
    qint64 errors = 0;
    QList<qint64> latenciesUs;
    double seconds = 0;
};

// Sends `phase.request` on `connections` keep-alive sockets for `seconds`.
void drive(quint16 port, Phase &phase, int connections, int seconds, bool checkStatus)
{
    struct Conn
    {
        QTcpSocket *socket;
        QByteArray buffer;
        QElapsedTimer sent;
    };
    QList<Conn> conns(connections);
    QElapsedTimer total;
    bool running = true;
    int open = 0;
    QEventLoop loop;
    auto send = [&](Conn &c) {
        c.sent.start();
        c.socket->write(phase.request);
    };
    for (Conn &c : conns) {
        c.socket = new QTcpSocket;
        QObject::connect(c.socket, &QTcpSocket::readyRead, [&, cp = &c] {
            Conn &conn = *cp;
            conn.buffer += conn.socket->readAll();
            while (true) {
                const qsizetype headerEnd = conn.buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = conn.buffer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (conn.buffer.size() < headerEnd + 4 + length)
                    return;
                const QByteArray body = conn.buffer.mid(headerEnd + 4, length);
                conn.buffer.remove(0, headerEnd + 4 + length);
                phase.latenciesUs << conn.sent.nsecsElapsed() / 1000;
                ++phase.requests;
                if (!head.startsWith("http/1.1 200")
                    || (checkStatus && !body.contains("<code>0</code>")))
                    ++phase.errors;
                if (running)
                    send(conn);
                else if (--open == 0)
                    loop.quit();
            }
        });
        c.socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        c.socket->waitForConnected(5000);
        ++open;
    }
    total.start();
    for (Conn &c : conns)
        send(c);
    QTimer::singleShot(seconds * 1000, [&] { running = false; });
    QTimer::singleShot((seconds + 30) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    phase.seconds = total.nsecsElapsed() / 1e9;
    for (Conn &c : conns)
        delete c.socket;
}

QByteArray httpPost(const QString &path, const QByteArray &body)
{
    return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\n"
        + "Connection: keep-alive\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

// One blocking request on a fresh connection (setup only).
QByteArray call(quint16 port, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    socket.waitForConnected(5000);
    socket.write(httpPost(QStringLiteral("/platform/wildcat.ashx"), body));
    QByteArray in;
    while (socket.waitForReadyRead(10000)) {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        const qsizetype at = in.toLower().indexOf("content-length:");
        if (end > 0 && at > 0) {
            const qsizetype length
                = in.mid(at + 15, in.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (in.size() >= end + 4 + length)
                return in.mid(end + 4, length);
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option("--seconds", 30);
    const int things = option("--things", 100000);
    const int connections = option("--connections", 16);
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/hearth-vault");

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    QUuid personId, recordId, instanceId;
    QByteArray appSecret;
    {
        QElapsedTimer seeding;
        seeding.start();
        VaultStore store(Clock::system());
        QString error;
        if (!store.open(dataDir + QStringLiteral("/vault.sqlite"), &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 1;
        }
        const auto account = store.createAccount(QStringLiteral("bench@example.org"),
            QStringLiteral("benchmark password"), QStringLiteral("Bench"), &error);
        personId = account->personId;
        recordId = store.recordsOf(personId).first().recordId;
        const auto info = store.newInstance(VaultStore::hearthDesktopAppId());
        instanceId = info->instanceId;
        appSecret = info->sharedSecret;
        store.authorize(instanceId, personId, { recordId }, info->appToken);
        Audit audit;
        audit.appId = instanceId;
        audit.personId = personId;
        audit.masterAppId = VaultStore::hearthDesktopAppId();
        for (int start = 0; start < things; start += 1000) {
            QList<ThingWrite> writes;
            for (int i = start; i < qMin(things, start + 1000); ++i) {
                ThingWrite write;
                write.typeId = kWeight;
                write.dataXml = weightXml(i);
                write.effDate
                    = QDateTime(QDate(2000, 1, 1).addDays(i / 24), QTime(i % 24, 0), Qt::UTC);
                writes << write;
            }
            audit.timestamp = QDateTime::currentDateTimeUtc();
            QList<ThingVersion> written;
            int failed = -1;
            store.writeThings(recordId, writes, audit, &written, &failed);
        }
        std::printf("seeded %d weights in %.1f s\n", things, seeding.elapsed() / 1000.0);
    }

    QProcess vault;
    vault.start(program,
        { QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") });
    quint16 port = 0;
    QByteArray out;
    for (int i = 0; i < 100 && port == 0; ++i) {
        vault.waitForReadyRead(100);
        out += vault.readAllStandardOutput();
        const auto match = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)"))
                               .match(QString::fromUtf8(out));
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    if (port == 0) {
        std::fprintf(stderr, "bench: the vault did not start: %s\n",
            vault.readAllStandardError().constData());
        return 1;
    }

    // CAST v2 with hmacSig.
    const QString id = instanceId.toString(QUuid::WithoutBraces);
    const QByteArray content = "<content><app-id>" + id.toLatin1()
        + "</app-id><hmac>HMACSHA256</hmac><signing-time>"
        + protocol::XsDateTime::format(QDateTime::currentDateTimeUtc()).toLatin1()
        + "</signing-time></content>";
    const QByteArray castInfo = "<info><auth-info><app-id>" + id.toLatin1()
        + "</app-id><credential><appserver2><hmacSig algName=\"HMACSHA256\">"
        + protocol::hmacBytes(QStringLiteral("HMACSHA256"), appSecret, content).toBase64()
        + "</hmacSig>" + content + "</appserver2></credential></auth-info></info>";
    protocol::RequestHeader header;
    header.method = QStringLiteral("CreateAuthenticatedSessionToken");
    header.methodVersion = 2;
    header.appId = instanceId;
    header.msgTime = QDateTime::currentDateTimeUtc();
    header.version = QStringLiteral("bench");
    const QByteArray cast = call(port, protocol::RequestEnvelope::write(header, castInfo));
    const QString token = firstText(cast, QStringLiteral("token"));
    const QByteArray secret
        = QByteArray::fromBase64(firstText(cast, QStringLiteral("shared-secret")).toLatin1());
    if (token.isEmpty()) {
        std::fprintf(stderr, "bench: CAST failed: %s\n", cast.constData());
        return 1;
    }
    auto signedBody = [&](const QString &method, int version, const QByteArray &info) {
        protocol::RequestHeader h;
        h.method = method;
        h.methodVersion = version;
        h.recordId = recordId;
        h.authToken = token;
        h.offlinePersonId = personId;
        h.msgTime = QDateTime::currentDateTimeUtc();
        h.msgTtl = 3600;
        h.version = QStringLiteral("bench");
        return protocol::RequestEnvelope::write(h, info, secret);
    };
    const QByteArray getInfo = "<info><group max=\"50\"><filter><type-id>"
        + kWeight.toByteArray(QUuid::WithoutBraces)
        + "</type-id></filter><format><section>core</section><xml/></format></group></info>";
    const QByteArray putInfo = "<info><thing><type-id>" + kWeight.toByteArray(QUuid::WithoutBraces)
        + "</type-id><data-xml>" + weightXml(7) + "</data-xml></thing></info>";
    const QByteArray check = call(port, signedBody(QStringLiteral("GetThings"), 3, getInfo));
    std::printf("GetThings returns %lld things\n", qlonglong(check.count("<thing>")));

    QList<Phase> phases(3);
    phases[0].name = QStringLiteral("constant route");
    phases[0].request = httpPost(QStringLiteral("/ping"), "<x/>");
    phases[1].name = QStringLiteral("GetThings (50 of %1)").arg(things);
    phases[1].request = httpPost(QStringLiteral("/platform/wildcat.ashx"),
        signedBody(QStringLiteral("GetThings"), 3, getInfo));
    phases[2].name = QStringLiteral("PutThings (1 weight)");
    phases[2].request = httpPost(QStringLiteral("/platform/wildcat.ashx"),
        signedBody(QStringLiteral("PutThings"), 2, putInfo));
    for (Phase &phase : phases) {
        drive(port, phase, connections, seconds, phase.name != QLatin1String("constant route"));
        std::sort(phase.latenciesUs.begin(), phase.latenciesUs.end());
        const auto at = [&](double q) {
            return phase.latenciesUs.isEmpty()
                ? 0.0
                : phase.latenciesUs[qsizetype(q * (phase.latenciesUs.size() - 1))] / 1000.0;
        };
        const double rate = phase.requests / phase.seconds;
        std::printf(
            "%-28s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %lld  ratio to constant %.3f\n",
            qPrintable(phase.name), rate, at(0.5), at(0.99), phase.errors,
            rate / (phases[0].requests / phases[0].seconds));
        std::fflush(stdout);
    }
    ::kill(pid_t(vault.processId()), SIGTERM);
    vault.waitForFinished(10000);
    return 0;
}
