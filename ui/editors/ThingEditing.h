#pragma once

#include "core/thing/Thing.h"

#include <QObject>

#include <optional>

class QMessageBox;
class QUndoStack;
class QWidget;

namespace hearth::ui {

class ThingEditorDialog;
class ThingForm;
class ThingRepository;

// Opens editors and turns their results into undoable commands: create,
// edit, delete (after asking). One per record window; the undo stack is
// what Edit > Undo/Redo act on.
class ThingEditing : public QObject
{
    Q_OBJECT
public:
    ThingEditing(ThingRepository *repository, QUndoStack *undoStack, QObject *parent = nullptr);

    // The form for a type: a typed editor, or the read-only fields of a type
    // Hearth has no editor for.
    static ThingForm *createForm(const QUuid &typeId);
    // The type's name for titles and undo texts ("Weight").
    static QString typeTitle(const QUuid &typeId);
    // Types with an editor, which "New" offers.
    static QList<QUuid> editableTypes();
    static bool canEdit(const QUuid &typeId) { return editableTypes().contains(typeId); }

    // Each opens a window-modal dialog and returns it; Save pushes the command.
    ThingEditorDialog *create(const QUuid &typeId, QWidget *parent);
    ThingEditorDialog *edit(const Thing &thing, QWidget *parent);
    // Asks "Delete …?"; Delete pushes the command.
    QMessageBox *remove(const Thing &thing, QWidget *parent);

    QUndoStack *undoStack() const { return m_undoStack; }
    ThingRepository *repository() const { return m_repository; }

private:
    ThingEditorDialog *open(const Thing &thing, bool isNew, QWidget *parent);

    ThingRepository *m_repository;
    QUndoStack *m_undoStack;
};

} // namespace hearth::ui
