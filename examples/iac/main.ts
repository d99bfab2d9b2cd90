// The entry point `cdk.json` names: builds the app and writes its cloud assembly.
import { governmentServicesApp } from './government-services-app.js';

governmentServicesApp().app.synth();
