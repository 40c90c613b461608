/** The embed shell around the one App: compact, and talking to the page it sits in. */
import { mount } from 'svelte';
import App from './components/App.svelte';
import { liveMapChunk } from './components/map/live-map-chunk.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');
void liveMapChunk();
mount(App, { target, props: { embedded: true } });
