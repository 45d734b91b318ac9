// SPDX-License-Identifier: MIT
// The staff PIN pad: ten digits, a row of dots, and what went wrong. Five wrong PINs lock it for
// five minutes, even across a restart (kiosk/staff_pin.py).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: pad

    required property Staff staff
    property string digits: ""
    signal cancelled()

    objectName: "staff.pinPad"
    color: Theme.scrim
    // Taken here, so a touch on the scrim does not reach the exhibit beneath.
    MouseArea { anchors.fill: parent }

    function press(key: string): void {
        if (key === "back") pad.digits = pad.digits.slice(0, -1)
        else if (key === "ok") { pad.staff.enter(pad.digits); pad.digits = "" }
        else if (pad.digits.length < 8) pad.digits += key
    }

    Rectangle {
        anchors.centerIn: parent
        width: Theme.px(520)
        height: column.implicitHeight + 2 * Theme.px(40)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.raised
        border.width: Theme.border

        Column {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(40) }
            spacing: Theme.px(20)

            Text {
                width: parent.width
                textFormat: Text.PlainText
                text: qsTr("Staff PIN")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
            Text {
                objectName: "staff.pinDots"
                width: parent.width
                height: Theme.px(48)
                textFormat: Text.PlainText
                text: "●".repeat(pad.digits.length)
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.letterSpacing: Theme.px(8)
            }
            Text {
                objectName: "staff.pinMessage"
                width: parent.width
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: pad.staff.lockedFor > 0
                      ? qsTr("Locked after five wrong PINs. Try again in %1 min.").arg(Math.ceil(pad.staff.lockedFor / 60))
                      : pad.staff.message === "wrong"
                        ? qsTr("Wrong PIN. %1 tries left.").arg(pad.staff.triesLeft) : ""
                visible: text !== ""
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.caption
            }
            Grid {
                columns: 3
                spacing: Theme.px(16)
                anchors.horizontalCenter: parent.horizontalCenter
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
                    delegate: KioskButton {
                        required property string modelData
                        objectName: "staff.key." + modelData
                        implicitWidth: Theme.px(128)
                        implicitHeight: Theme.px(96)
                        enabled: pad.staff.lockedFor === 0
                                 && (modelData !== "ok" || pad.digits.length >= 4)
                        icon: modelData === "back" ? "previous" : ""
                        text: modelData === "back" ? "" : modelData === "ok" ? qsTr("OK") : modelData
                        accessibleName: modelData === "back" ? qsTr("Delete") : text
                        accent: modelData === "ok"
                        onTapped: pad.press(modelData)
                    }
                }
            }
            KioskButton {
                objectName: "staff.cancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                onTapped: { pad.digits = ""; pad.cancelled() }
            }
        }
    }
}
