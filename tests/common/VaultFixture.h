#pragma once

// A real hearth-vault process for client tests: accounts, authorized SODA
// instances and things are seeded straight into its database, then the
// process serves them on a loopback port that stays the same across
// restarts (so a client can find it again after a kill).

#include "core/Clock.h"
#include "core/protocol/PlatformClient.h"
#include "server/store/VaultStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

namespace hearth::test {

inline const QUuid kWeightType = QUuid::fromString(u"3d34d87e-7fc1-4153-800f-f56592cb0d17");

// A weight measured `i` hours after 2000-01-01.
inline QByteArray weightData(int i, double kg)
{
    const QDateTime when
        = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3600);
    return QStringLiteral("<weight><when><date><y>%1</y><m>%2</m><d>%3</d></date><time><h>%4</h>"
                          "<m>0</m><s>0</s></time></when><value><kg>%5</kg></value></weight>")
        .arg(when.date().year())
        .arg(when.date().month())
        .arg(when.date().day())
        .arg(when.time().hour())
        .arg(kg)
        .toUtf8();
}

class VaultFixture
{
public:
    struct Person
    {
        QUuid personId;
        QUuid recordId;
    };
    struct Instance
    {
        QUuid instanceId;
        QByteArray secret;
        QUuid personId;
    };

    VaultFixture()
    {
        QDir().mkpath(dataDir());
        m_store = std::make_unique<vault::VaultStore>(Clock::system());
        QString error;
        if (!m_store->open(dataDir() + QStringLiteral("/vault.sqlite"), &error))
            qFatal("vault store: %s", qPrintable(error));
    }

    ~VaultFixture() { stop(); }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    vault::VaultStore &store() { return *m_store; }

    Person addPerson(const QString &email)
    {
        QString error;
        const auto account = m_store->createAccount(
            email, QStringLiteral("a long test password"), email.section(u'@', 0, 0), &error);
        return { account->personId, m_store->recordsOf(account->personId).first().recordId };
    }

    Instance authorize(const Person &person)
    {
        const auto info = m_store->newInstance(vault::VaultStore::hearthDesktopAppId());
        m_store->authorize(info->instanceId, person.personId, { person.recordId }, info->appToken);
        return { info->instanceId, info->sharedSecret, person.personId };
    }

    // Writes weights firstIndex.. in transactions of 1000, as the instance.
    QList<vault::ThingVersion> seedWeights(
        const Person &person, const Instance &instance, int count, int firstIndex = 0)
    {
        vault::Audit audit;
        audit.appId = instance.instanceId;
        audit.personId = person.personId;
        audit.masterAppId = vault::VaultStore::hearthDesktopAppId();
        audit.action = QStringLiteral("Created");
        QList<vault::ThingVersion> all;
        for (int start = 0; start < count; start += 1000) {
            QList<vault::ThingWrite> writes;
            for (int i = start; i < qMin(count, start + 1000); ++i) {
                vault::ThingWrite write;
                write.typeId = kWeightType;
                const int index = firstIndex + i;
                write.dataXml = weightData(index, 60 + (index % 400) / 10.0);
                write.effDate = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)
                                    .addSecs(qint64(index) * 3600);
                writes << write;
            }
            audit.timestamp = QDateTime::currentDateTimeUtc();
            QList<vault::ThingVersion> written;
            int failed = -1;
            m_store->writeThings(person.recordId, writes, audit, &written, &failed);
            all += written;
        }
        return all;
    }

    // Current, active things of a record on the vault.
    QList<vault::ThingVersion> vaultThings(const QUuid &recordId)
    {
        vault::ThingSelection all;
        return m_store->selectThings(recordId, all);
    }

    // Serve HTTPS with this PEM certificate and key from the next start().
    void useTls(const QString &certificatePath, const QString &keyPath)
    {
        m_tlsCert = certificatePath;
        m_tlsKey = keyPath;
    }

    // More hearth-vault options for the next start(), e.g. --max-blob-size.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    bool start()
    {
#ifdef HEARTH_BINARY_DIR
        m_process.setProgram(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault"));
#else // benchmarks sit next to hearth-vault
        m_process.setProgram(
            QCoreApplication::applicationDirPath() + QStringLiteral("/hearth-vault"));
#endif
        QStringList arguments { QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(m_port) };
        if (!m_tlsCert.isEmpty())
            arguments << QStringLiteral("--tls-cert") << m_tlsCert << QStringLiteral("--tls-key")
                      << m_tlsKey;
        m_process.setArguments(arguments + m_extraArguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray out;
        const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
        for (int i = 0; i < 100; ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        return false;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(5000);
        }
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(5000))
                kill();
        }
    }

    bool isRunning() const
    {
        return m_process.state() == QProcess::Running;
    }
    qint64 pid() const
    {
        return m_process.processId();
    }
    quint16 port() const
    {
        return m_port;
    }
    QUrl platformUrl() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/platform/wildcat.ashx")
                        .arg(m_tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                        .arg(m_port));
    }

    std::unique_ptr<protocol::PlatformClient> client(const Instance &instance, const Clock &clock)
    {
        auto client = std::make_unique<protocol::PlatformClient>(platformUrl(), clock);
        client->setApplication(instance.instanceId, instance.secret);
        client->setPersonId(instance.personId);
        client->setRetryDelay(50);
        client->setTransferTimeout(10000);
        return client;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultStore> m_store;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_tlsCert;
    QString m_tlsKey;
    QStringList m_extraArguments;
};

} // namespace hearth::test
