/** The editor's shell (editor.html): make the map for an article. */
import { mount } from 'svelte';
import Editor from './components/editor/Editor.svelte';
import './app.css';
import './editor.css';

const target = document.getElementById('app');
if (!target) throw new Error('editor.html has no #app element');
mount(Editor, { target });
