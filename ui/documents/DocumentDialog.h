#pragma once

#include <QDialog>

namespace hearth {
class Thing;
}

namespace hearth::ui {

class DocumentView;

// A stored clinical document (a CCD, CDA or CCR thing, kept whole on
// import) opened for reading in a DocumentView.
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    // True for the thing types that hold a whole clinical document.
    static bool isDocument(const Thing &thing);
    // Reads the thing's document and opens a window on it (deleted when
    // closed). Null, after telling the user why, when it cannot be read.
    static DocumentDialog *open(const Thing &thing, QWidget *parent);

    DocumentView *view() const { return m_view; }

private:
    explicit DocumentDialog(QWidget *parent);

    DocumentView *m_view;
};

} // namespace hearth::ui
