#include "core/secrets/Keychain.h"

#include "core/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace hearth {
namespace {

// QtKeychain jobs are asynchronous; the profile opens before any window, so
// wait for each one in a local loop.
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcStore) << "keychain job failed with code" << int(job.error());
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{ }

std::optional<QByteArray> Keychain::read(const QString &entry, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entry);
    if (!runJob(job, error))
        return std::nullopt;
    return job.binaryData();
}

bool Keychain::write(const QString &entry, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entry);
    job.setBinaryData(secret);
    return runJob(job, error);
}

bool Keychain::remove(const QString &entry, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entry);
    return runJob(job, error);
}

} // namespace hearth
