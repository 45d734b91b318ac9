// SPDX-License-Identifier: MIT
// The source markers of one card, quotation or outcome; they wrap onto a second line rather
// than run out of a narrow card. Users set its width.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Flow {
    id: row

    required property var markers
    required property string owner
    signal markerTapped(int number)

    Repeater {
        model: row.markers
        delegate: SourceMarker {
            required property int modelData
            number: modelData
            objectName: "marker." + row.owner + "." + modelData
            onTapped: row.markerTapped(modelData)
        }
    }
}
