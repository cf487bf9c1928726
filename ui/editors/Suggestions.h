#pragma once

#include "core/thing/CodableValue.h"

#include <QCoreApplication>
#include <QList>

namespace hearth::ui {

// Short lists of common values that editors suggest while a person types;
// medications carry their RxNorm ingredient code. Anything else may be typed.
class Suggestions
{
    Q_DECLARE_TR_FUNCTIONS(hearth::ui::Suggestions)
public:
    static QList<CodableValue> medications();
    static QList<CodableValue> routes();
    static QList<CodableValue> allergens();
    static QList<CodableValue> allergenTypes();
    static QList<CodableValue> reactions();
};

} // namespace hearth::ui
