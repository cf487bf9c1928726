#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

// The single-byte encodings older clinical systems declare (ISO-8859-1,
// Windows-1252), which Qt 6.4's QStringDecoder only partly knows, and a
// fast UTF-8 check so that mislabelled files get a clear message.
namespace LegacyEncoding {

// Decodes `bytes` when `name` (lower-case) is ISO-8859-1, Windows-1252 or an
// alias of them; std::nullopt for any other name.
std::optional<QString> decode(const QString &name, const QByteArray &bytes);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(const QByteArray &bytes);

} // namespace LegacyEncoding

} // namespace hearth
