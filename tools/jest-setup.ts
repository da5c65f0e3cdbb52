// The AWS SDK warns once per process on Node 20 that later releases need Node 22; that notice
// is known (README, Quick start) and would repeat in every suite. Its own switch silences only it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
