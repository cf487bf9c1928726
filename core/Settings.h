#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace hearth {

// One typed setting: where it lives in QSettings and what it is when unset.
template<typename T> struct Setting
{
    const char *key;
    T defaultValue;
};

// The one table of Hearth's preferences. Nothing secret lives here: tokens,
// shared secrets and keys go to the OS keychain, health data to the store.
namespace settings {
inline const Setting<QByteArray> windowGeometry { "window/geometry", {} };
inline const Setting<QByteArray> windowState { "window/state", {} };
inline const Setting<QString> lastRecordId { "records/last", {} };
inline const Setting<int> lastPage { "navigator/lastPage", 0 };
} // namespace settings

// Reads and writes the settings of the table above, in the user's settings
// file or, for tests, in a file of their own.
class Settings
{
public:
    Settings() = default;
    explicit Settings(const QString &iniPath)
        : m_settings(iniPath, QSettings::IniFormat)
    { }

    template<typename T> T value(const Setting<T> &setting) const
    {
        QVariant stored = m_settings.value(QLatin1String(setting.key));
        // A hand-edited or older file may hold something else: use the default.
        return stored.isValid() && stored.convert(QMetaType::fromType<T>()) ? stored.value<T>()
                                                                            : setting.defaultValue;
    }

    template<typename T> void setValue(const Setting<T> &setting, const T &value)
    {
        m_settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
    }

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace hearth
