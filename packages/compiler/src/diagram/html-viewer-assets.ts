/** The page's style sheet, inlined so that the page needs nothing from the network. */
export const viewerStyle = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 14px/1.4 'Liberation Sans', Arial, Helvetica, sans-serif; color: #1f2937; background: #ffffff; }
header { display: flex; align-items: center; gap: 12px; padding: 8px 16px; border-bottom: 1px solid #e5e7eb; background: #ffffff; }
header h1 { flex: 1; margin: 0; font-size: 16px; font-weight: bold; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
header .zoom { display: flex; gap: 4px; }
header button { min-width: 36px; height: 30px; padding: 0 10px; border: 1px solid #cbd5e1; border-radius: 6px; background: #ffffff; font: inherit; cursor: pointer; }
header button:hover { background: #f1f5f9; }
main { flex: 1; display: flex; min-height: 0; }
#canvas { position: relative; flex: 1; overflow: hidden; background: #f8fafc; cursor: grab; touch-action: none; }
#canvas.dragging { cursor: grabbing; }
#canvas > svg { position: absolute; left: 0; top: 0; transform-origin: 0 0; user-select: none; }
#canvas .block { cursor: pointer; }
#canvas .block:focus { outline: none; }
#canvas .block:hover > .border, #canvas .block:focus-visible > .border { stroke: #f59e0b; }
#canvas .block.selected > .border { stroke: #f59e0b; stroke-width: 3; stroke-dasharray: none; }
aside { width: 380px; flex: none; overflow: auto; padding: 16px; border-left: 1px solid #e5e7eb; background: #ffffff; }
aside .hint { color: #6b7280; }
aside h2 { margin: 0 0 8px; font-size: 16px; }
aside h3 { margin: 16px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: #6b7280; }
aside dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
aside dt { color: #6b7280; }
aside dd { margin: 0; font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
aside pre { margin: 0; padding: 10px; border-radius: 6px; background: #f1f5f9; font: 12px/1.45 'DejaVu Sans Mono', Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
aside ul { margin: 0; padding-left: 18px; }
aside li { margin: 2px 0; }
aside li .target { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 12px; }
aside li.error { color: #b91c1c; }
`;

/**
 * The page's script: pan by dragging, zoom with the wheel or the buttons, and a click on a block
 * shows its details in the side panel. It writes text with `textContent` only, so nothing from the
 * flow is ever parsed as markup.
 */
export const viewerScript = `
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var svg = canvas.querySelector('svg');
  var actions = JSON.parse(document.getElementById('flow-actions').textContent);
  var width = svg.viewBox.baseVal.width;
  var height = svg.viewBox.baseVal.height;
  var view = { scale: 1, x: 0, y: 0 };
  var minScale = 0.05;
  var maxScale = 4;

  function apply() {
    svg.style.transform = 'translate(' + view.x + 'px, ' + view.y + 'px) scale(' + view.scale + ')';
    svg.setAttribute('data-scale', String(view.scale));
  }

  function fitScale() {
    var box = canvas.getBoundingClientRect();
    return Math.max(minScale, Math.min(1, (box.width - 32) / width, (box.height - 32) / height));
  }

  function fit() {
    var box = canvas.getBoundingClientRect();
    view.scale = fitScale();
    view.x = (box.width - width * view.scale) / 2;
    view.y = (box.height - height * view.scale) / 2;
    apply();
  }

  // A large flow fitted whole would be too small to read: it opens at a readable size instead,
  // from its entry point, and Fit shows all of it.
  var readableScale = 0.8;
  function start() {
    if (fitScale() >= readableScale) return fit();
    var box = canvas.getBoundingClientRect();
    var entry = svg.querySelector('.entry-point');
    var moved = entry ? entry.transform.baseVal.consolidate() : null;
    var entryY = entry ? (moved ? moved.matrix.f : 0) + entry.getBBox().height / 2 : height / 2;
    view.scale = readableScale;
    view.x = 16;
    view.y = height * view.scale <= box.height
      ? (box.height - height * view.scale) / 2
      : Math.min(16, Math.max(box.height - 16 - height * view.scale, box.height / 2 - entryY * view.scale));
    apply();
  }

  function zoomAt(factor, cx, cy) {
    var next = Math.min(maxScale, Math.max(minScale, view.scale * factor));
    view.x = cx - ((cx - view.x) * next) / view.scale;
    view.y = cy - ((cy - view.y) * next) / view.scale;
    view.scale = next;
    apply();
  }

  function zoomCentre(factor) {
    var box = canvas.getBoundingClientRect();
    zoomAt(factor, box.width / 2, box.height / 2);
  }

  function show(id, text) {
    document.getElementById(id).textContent = text;
  }

  var selected = null;
  function select(block) {
    if (selected) selected.classList.remove('selected');
    selected = block;
    block.classList.add('selected');
    var action = actions[block.getAttribute('data-key')];
    if (!action) return;
    document.getElementById('hint').hidden = true;
    document.getElementById('details').hidden = false;
    show('detail-title', action.title);
    document.getElementById('detail-name-label').hidden = action.name === null;
    document.getElementById('detail-name').hidden = action.name === null;
    show('detail-name', action.name === null ? '' : action.name);
    show('detail-identifier', action.identifier === null ? '(none)' : action.identifier);
    show('detail-type', action.type === null ? '(none)' : action.type);
    show('detail-parameters', action.parameters === undefined ? '(none)' : JSON.stringify(action.parameters, null, 2));
    var list = document.getElementById('detail-branches');
    list.textContent = '';
    action.branches.forEach(function (branch) {
      var item = document.createElement('li');
      item.className = branch.kind;
      item.appendChild(document.createTextNode(branch.label + ' \\u2192 '));
      var target = document.createElement('span');
      target.className = 'target';
      target.textContent = branch.target;
      item.appendChild(target);
      list.appendChild(item);
    });
    if (action.branches.length === 0) {
      var none = document.createElement('li');
      none.textContent = 'None: the flow ends here.';
      list.appendChild(none);
    }
  }

  var drag = null;
  canvas.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, moved: false, target: event.target };
  });
  window.addEventListener('pointermove', function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    drag.moved = true;
    canvas.classList.add('dragging');
    view.x += dx;
    view.y += dy;
    drag.x = event.clientX;
    drag.y = event.clientY;
    apply();
  });
  window.addEventListener('pointerup', function () {
    if (!drag) return;
    var target = drag.target;
    var moved = drag.moved;
    drag = null;
    canvas.classList.remove('dragging');
    if (moved || !target || !target.closest) return;
    var block = target.closest('.block');
    if (block) select(block);
  });
  canvas.addEventListener('wheel', function (event) {
    event.preventDefault();
    var box = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });

  Array.prototype.forEach.call(svg.querySelectorAll('.block'), function (block) {
    block.setAttribute('tabindex', '0');
    block.setAttribute('role', 'button');
    block.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(block);
      }
    });
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomCentre(1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomCentre(0.8); });
  document.getElementById('zoom-fit').addEventListener('click', fit);
  document.getElementById('zoom-actual').addEventListener('click', function () {
    zoomCentre(1 / view.scale);
  });
  start();
})();
`;
