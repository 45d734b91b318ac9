// SPDX-License-Identifier: MIT
// A public-domain picture with its caption and credit. A file that fails to load hides itself.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Row {
    id: figure

    required property url url
    required property string caption
    required property string credit

    spacing: Theme.px(20)
    visible: picture.status !== Image.Error

    Image {
        id: picture
        source: figure.url
        height: Theme.px(220)
        width: Math.min(Theme.px(400), implicitWidth > 0 ? height * implicitWidth / implicitHeight : height)
        fillMode: Image.PreserveAspectFit
        sourceSize.height: height
        asynchronous: false
    }
    Column {
        width: Theme.px(420)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(8)
        BodyText { width: parent.width; text: figure.caption }
        BodyText { width: parent.width; text: figure.credit; color: Theme.paper2; font.pixelSize: Theme.caption }
    }
}
