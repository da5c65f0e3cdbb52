// Stands in for ask-sdk-model in the deployed bundle (tools/build.mjs). ask-sdk-core's CustomSkill makes a
// ServiceClientFactory for every request; the real one, with every Alexa service client (62 KB), is read from
// ask-sdk-model.js beside the bundle the first time a turn asks for a client (a reminder turn), not at load.
// Bundled as CommonJS (format 'cjs'), so `require` and `__dirname` are the bundle's own at run time.
import path from 'node:path';

let model;
const real = () => (model ??= require(path.join(__dirname, 'ask-sdk-model.js')));

class ServiceClientFactory {
  constructor(apiConfiguration) {
    this.apiConfiguration = apiConfiguration;
  }
}
for (const name of [
  'getDeviceAddressServiceClient',
  'getDirectiveServiceClient',
  'getEndpointEnumerationServiceClient',
  'getListManagementServiceClient',
  'getMonetizationServiceClient',
  'getReminderManagementServiceClient',
  'getTimerManagementServiceClient',
  'getUpsServiceClient',
]) {
  ServiceClientFactory.prototype[name] = function () {
    return new (real().services.ServiceClientFactory)(this.apiConfiguration)[name]();
  };
}

export const services = { ServiceClientFactory };
