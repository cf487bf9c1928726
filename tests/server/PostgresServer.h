#pragma once

// A throwaway PostgreSQL server for tests: initdb into a temporary folder and
// `postgres` on a free loopback port, trust authentication, stopped and
// removed with the object. PostgreSQL refuses to run as root, so under root
// the server runs as the `postgres` system user (Debian's package creates
// it), else as `nobody`.

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hearth::vault::test {

class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer() { stop(); }
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder of initdb and postgres (newest installed major version);
    // empty when PostgreSQL is not installed.
    static QString binDir()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(found.begin(), found.end(),
            [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : std::as_const(found)) {
            const QString dir = versions.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(dir + QStringLiteral("/initdb"))
                && QFile::exists(dir + QStringLiteral("/postgres")))
                return dir;
        }
        return {};
    }

    // Creates the cluster, starts the server and creates database `db`.
    // False and error when any step fails.
    bool start(const QString &db, QString *error)
    {
        const QString bin = binDir();
        if (bin.isEmpty() || !m_dir.isValid()) {
            *error = QStringLiteral("PostgreSQL is not installed");
            return false;
        }
        if (::geteuid() == 0 && !dropTo(error))
            return false;
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QProcess initdb;
        prepare(initdb);
        initdb.start(bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("hearth"),
                QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") });
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
            *error = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(initdb.readAll());
            return false;
        }
        m_port = freePort();
        prepare(m_server);
        m_server.start(bin + QStringLiteral("/postgres"),
            { QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-c"), QStringLiteral("fsync=off") });
        if (!m_server.waitForStarted(10000)) {
            *error = QStringLiteral("postgres did not start");
            return false;
        }
        // Ready when it accepts a connection to the maintenance database.
        const QString connection = QUuid::createUuid().toString();
        bool created = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("hearth"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            for (int i = 0; i < 300 && !admin.open(); ++i) {
                if (m_server.state() != QProcess::Running)
                    break;
                QThread::msleep(100);
            }
            if (admin.isOpen()) {
                QSqlQuery query(admin);
                created = query.exec(QStringLiteral("CREATE DATABASE ") + db);
                if (!created)
                    *error = query.lastError().text();
            } else {
                *error = QStringLiteral("postgres does not accept connections: ")
                    + admin.lastError().text() + QString::fromLocal8Bit(m_server.readAll());
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection);
        m_url = QUrl(QStringLiteral("postgresql://hearth@127.0.0.1:%1/%2").arg(m_port).arg(db));
        return created;
    }

    // postgresql://hearth@127.0.0.1:PORT/db
    QUrl url() const { return m_url; }

    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        // SIGINT is PostgreSQL's fast shutdown.
        ::kill(pid_t(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(20000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }

private:
    // Gives the folder to an unprivileged user; its ids go to the children.
    bool dropTo(QString *error)
    {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user) {
            *error = QStringLiteral("no unprivileged user (postgres or nobody) to run PostgreSQL");
            return false;
        }
        m_uid = user->pw_uid;
        m_gid = user->pw_gid;
        if (::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) != 0) {
            *error = QStringLiteral("cannot give the test folder to the PostgreSQL user");
            return false;
        }
        return true;
    }

    void prepare(QProcess &process) const
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir.path());
        if (m_uid == uid_t(-1))
            return;
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        process.setChildProcessModifier([uid, gid] {
            // In the child before exec: drop root for good, or do not run.
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(127);
        });
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QUrl m_url;
    uid_t m_uid = uid_t(-1);
    gid_t m_gid = gid_t(-1);
};

} // namespace hearth::vault::test
