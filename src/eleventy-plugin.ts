export default function eleventyPluginWire() {}
