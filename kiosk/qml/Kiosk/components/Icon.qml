// SPDX-License-Identifier: MIT
// A line icon (the exhibit font has no arrow or house glyphs), drawn by Python as a cached
// picture (kiosk/backend/icons.py): not a Qt Quick Shape, which Qt Quick's software renderer
// draws over everything, ignoring the clip of a scrolled view.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Item {
    id: icon

    required property string name
    property color color: Theme.paper

    implicitWidth: Theme.px(32)
    implicitHeight: Theme.px(32)

    Image {
        anchors.fill: parent
        visible: icon.name !== ""
        // "#" would start a URL fragment: the colour goes without it.
        source: icon.name === "" ? "" : "image://icon/" + icon.name + "/" + String(icon.color).slice(1)
        sourceSize: Qt.size(Math.ceil(icon.width), Math.ceil(icon.height))
    }
}
