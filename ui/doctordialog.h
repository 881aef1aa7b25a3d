#pragma once

#include "doctor/accessdoctor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace maas {

class ChatClient;
class ModelCatalog;

// The access doctor as a dialog: project, location and model (prefilled from the pane that asked),
// Run / Rerun, and one row per step with its status, what it found, why it failed and each fix
// command in a read-only monospace field with a Copy button.
class DoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)

public:
    // The doctor sends the way client does (same network, tokens, project and endpoint override).
    DoctorDialog(ChatClient &client, std::function<DoctorCredentials()> credentials, QWidget *parent = nullptr);

    void setModel(const QString &modelId);
    void setLocation(const QString &location);
    QString modelId() const;
    QString location() const;
    AccessDoctor &doctor() { return *m_doctor; }

public Q_SLOTS:
    void run();

private:
    void fillModels();
    void showStep(int index, const DoctorStep &step);
    QWidget *stepWidget(const DoctorStep &step);

    ChatClient &m_client;
    std::function<DoctorCredentials()> m_credentials;
    AccessDoctor *m_doctor;
    QLineEdit *m_project;
    QComboBox *m_location;
    QComboBox *m_model;
    QPushButton *m_run;
    QLabel *m_summary;
    QVBoxLayout *m_steps;
    QList<QWidget *> m_stepWidgets;
};

} // namespace maas
