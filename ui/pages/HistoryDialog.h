#pragma once

#include "core/thing/Thing.h"

#include <QDialog>

class QTreeWidget;

namespace hearth {
class Store;
}

namespace hearth::ui {

// Every earlier version of a thing, newest first: when, which application
// and which person changed it, and what it said then.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Store *store, const Thing &current, QWidget *parent = nullptr);
    QTreeWidget *versions() const { return m_versions; }

private:
    QTreeWidget *m_versions;
};

} // namespace hearth::ui
