#pragma once

#include <QLocale>

class QCoreApplication;

namespace hearth::ui {

// Installs Hearth's own translation and Qt's for `locale` on `app`. Returns
// true when Hearth has a translation for that language (English needs none).
bool installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace hearth::ui
