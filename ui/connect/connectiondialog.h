#pragma once

#include "connection/connectionprofile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

class CredentialStore;
class ProfileStore;
class ConnectionTest;

// Picks, edits and tests a connection: saved profiles on the left, the form on the right, a connection string
// that fills the form when pasted. On Connect it saves the profile and its password; the caller then opens
// the Session from profile() and password(). The profile store must be loaded already.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionProfile profile() const;
    QString password() const;
    // Loads a saved profile into the form (its password arrives from the keychain a little later).
    void selectProfile(const QString &name);

    void accept() override;

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };

    void setUpWidgets();
    void connectSignals();
    void reloadList();
    void colourProductionItems();
    void onCurrentProfileChanged();
    void loadIntoForm(const ConnectionProfile &profile);
    void loadPassword(const QString &key);
    void newProfile();
    void duplicateProfile();
    void deleteProfile();

    void onUriEdited(const QString &text);
    void onUriEditingFinished();
    void showUriMessage(const QString &text, Tone tone);
    void setUriText(const QString &text);
    void rewriteUri();
    void onFormEdited();
    void onKubeEdited();
    void updateKubeWidgets();
    void applyImpliedKind();
    void growToFit();
    void updateKindWidgets();
    void chooseColor();
    void updateBackendHint();

    bool validate();
    bool saveProfile(const ConnectionProfile &profile);
    void storePassword(const ConnectionProfile &profile);

    void startTest();
    void setStatus(const QString &text, Tone tone);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ConnectionProfile m_base; // what the form does not show: options from a URI, the demo flag
    QString m_loadedName; // the saved profile being edited; empty for a new one
    QString m_color; // empty: the kind's default colour
    bool m_syncing = false; // the form is being filled by code, not edited by the user
    bool m_kubeMode = false; // the form is a Kubernetes profile's
    bool m_kindAuto = true; // the kind follows the names (production namespace or context) until the user sets it
    int m_passwordRequest = 0; // only the newest password lookup may fill the field
    qsizetype m_uriLength = 0; // to tell a paste (many characters at once) from typing
    QPointer<ConnectionTest> m_test;
};
