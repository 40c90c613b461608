/** The embed shell around the one App: compact, and talking to the page it sits in. */
import { mount } from 'svelte';
import App from './components/App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');
mount(App, { target, props: { embedded: true } });
