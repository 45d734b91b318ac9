// SPDX-License-Identifier: MIT
// A ship, submarine or aircraft at time `t`: its position and heading interpolated between the
// samples the backend computed along great circles (no Python per frame).
pragma ComponentBehavior: Bound
import QtQuick

MapPin {
    id: ship

    required property string side
    required property string kind
    required property real start
    required property real end
    required property var samples
    required property real step
    required property real t
    required property bool stepped  // reduced motion: positions at whole steps, no in-between

    // Off the map, nothing below reads `t`, so a ship at sea later in the story costs one
    // comparison a frame while the timeline plays.
    readonly property bool shown: t >= start && t < end
    readonly property real f: shown ? Math.max(0, (t - start) / step) : 0
    readonly property int last: samples.length / 3 - 1
    readonly property int i: Math.min(last, Math.floor(f))
    readonly property int j: Math.min(last, i + 1)
    readonly property real u: stepped ? 0 : Math.min(1, f - i)

    visible: shown
    pickRank: 1
    x: snap(samples[3 * i] + (samples[3 * j] - samples[3 * i]) * u)
    y: snap(samples[3 * i + 1] + (samples[3 * j + 1] - samples[3 * i + 1]) * u)
    heading: samples[3 * i + 2]
    shape: kind === "submarine" ? "submarine"
         : kind === "aircraft" ? "aircraft"
         : side === "soviet" ? "ship-soviet" : side === "charter" ? "ship-charter"
         : side === "allied" ? "ship-allied" : "ship-us"
}
