#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace hearth::vault {

// The vault's blob addresses on <base>/streaming/wildcatblob.ashx:
// - upload: ?upload=<token>, the token BeginPutBlob handed out (stored hashed);
// - download: ?blob=<file>&expires=<unix seconds>&sig=<HMAC-SHA256>, signed
//   with the vault's key so GetThings can hand out expiring links without
//   keeping them.
class BlobUrls
{
public:
    static QString path() { return QStringLiteral("/streaming/wildcatblob.ashx"); }

    BlobUrls(const QUrl &base, QByteArray key);

    QUrl uploadUrl(const QString &token) const;
    QUrl downloadUrl(const QString &file, const QDateTime &expires) const;

    // The upload token of a URL of this vault, empty when it is not one.
    QString uploadToken(const QUrl &url) const;
    // The blob file a download URL of this vault names, empty when it is not
    // one, its signature is wrong, or (unless ignoreExpiry) it has expired.
    QString downloadFile(const QUrl &url, const QDateTime &now, bool ignoreExpiry = false) const;

    static QString tokenHash(const QString &token);
    // File names the vault makes: 32 lower-case hex digits.
    static bool isFileName(const QString &file);

private:
    bool isOurs(const QUrl &url) const;
    QByteArray signature(const QString &file, qint64 expires) const;

    QUrl m_base;
    QByteArray m_key;
};

} // namespace hearth::vault
