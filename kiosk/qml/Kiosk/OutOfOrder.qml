// SPDX-License-Identifier: MIT
// The window the exhibit shows instead of itself after it failed to start several times in a
// minute (kiosk/start_history.py): a calm pause in both languages, and for staff one quiet line
// saying when it tries again. It needs nothing from the content pack, which may be the fault.
import QtQuick
import Kiosk
import Kiosk.Theme

Window {
    id: root

    required property string retryAt  // local time, "15:42"
    property bool canClose: false

    width: 1920
    height: 1080
    color: Theme.night
    title: "What did the United States want during the Cuban Missile Crisis?"
    onClosing: close => close.accepted = root.canClose

    WindowTheme { window: root }

    CalmNotice {
        objectName: "outOfOrder"
        anchors.fill: parent
        english: "This exhibit is taking a short break."
        englishMore: "Please come back in a few minutes."
        spanish: "Esta exposición se está tomando un breve descanso."
        spanishMore: "Vuelve en unos minutos, por favor."
    }

    Text {
        objectName: "outOfOrder.staff"
        // Under the notice's column, at the foot of the screen.
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        x: (parent.width - width) / 2
        anchors { bottom: parent.bottom; bottomMargin: Theme.margin }
        textFormat: Text.PlainText
        text: "Staff: it tries again by itself at " + root.retryAt
              + ". The log says why: look for event=out_of_order."
        color: Theme.paper2
        font.family: Theme.fontFamily
        font.pixelSize: Theme.caption
        wrapMode: Text.WordWrap
    }
}
