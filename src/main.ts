/** The full-page shell around the one App. */
import { mount } from 'svelte';
import App from './components/App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { embedded: false } });
