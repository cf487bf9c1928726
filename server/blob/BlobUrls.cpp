#include "server/blob/BlobUrls.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace hearth::vault {

BlobUrls::BlobUrls(const QUrl &base, QByteArray key)
    : m_base(base)
    , m_key(std::move(key))
{ }

QUrl BlobUrls::uploadUrl(const QString &token) const
{
    QUrl url = m_base;
    url.setPath(path());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("upload"), token);
    url.setQuery(query);
    return url;
}

QUrl BlobUrls::downloadUrl(const QString &file, const QDateTime &expires) const
{
    QUrl url = m_base;
    url.setPath(path());
    const qint64 seconds = expires.toSecsSinceEpoch();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("blob"), file);
    query.addQueryItem(QStringLiteral("expires"), QString::number(seconds));
    query.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(signature(file, seconds)));
    url.setQuery(query);
    return url;
}

bool BlobUrls::isOurs(const QUrl &url) const
{
    // The host may be named differently by a client (localhost, 127.0.0.1);
    // the signature and the token are what count.
    return url.isValid() && url.path() == path()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString BlobUrls::uploadToken(const QUrl &url) const
{
    if (!isOurs(url))
        return {};
    return QUrlQuery(url).queryItemValue(QStringLiteral("upload"));
}

QString BlobUrls::downloadFile(const QUrl &url, const QDateTime &now, bool ignoreExpiry) const
{
    if (!isOurs(url))
        return {};
    const QUrlQuery query(url);
    const QString file = query.queryItemValue(QStringLiteral("blob"));
    bool ok = false;
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray sig = query.queryItemValue(QStringLiteral("sig")).toLatin1();
    if (!ok || !isFileName(file))
        return {};
    const QByteArray expected = signature(file, expires);
    if (sig.size() != expected.size()
        || CRYPTO_memcmp(sig.constData(), expected.constData(), size_t(sig.size())) != 0)
        return {};
    if (!ignoreExpiry && now.toSecsSinceEpoch() > expires)
        return {};
    return file;
}

QByteArray BlobUrls::signature(const QString &file, qint64 expires) const
{
    const QByteArray message = file.toLatin1() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex();
}

QString BlobUrls::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool BlobUrls::isFileName(const QString &file)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{32}$"));
    return shape.match(file).hasMatch();
}

} // namespace hearth::vault
