// Stands in for @smithy/core/event-streams in the deployed bundle (tools/build.mjs): the SDK loads it only for an
// operation that streams events, and DynamoDB has none. Reaching it means the client changed: say so.
const missing = () => {
  throw new Error('Hip Coach bundle: @smithy/core/event-streams is left out (DynamoDB streams no events); see tools/build.mjs');
};
export class EventStreamSerde {
  constructor() {
    missing();
  }
}
export const eventStreamSerdeProvider = missing;
