// SPDX-License-Identifier: MIT
// English / Español, each named in its own language, always in the same corner.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Row {
    id: switcher

    required property list<string> languages
    required property string current
    signal chosen(string language)

    readonly property var names: ({ "en": "English", "es": "Español" })

    spacing: Theme.px(12)

    Repeater {
        model: switcher.languages
        delegate: KioskButton {
            required property string modelData
            objectName: "language." + modelData
            text: switcher.names[modelData] ?? modelData
            selected: modelData === switcher.current
            onTapped: switcher.chosen(modelData)
        }
    }
}
