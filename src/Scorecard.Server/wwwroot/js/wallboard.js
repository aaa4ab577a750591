// Rotates the wallboard through its scorecards. Live refreshes re-render the boards; the rotation carries on.
(() => {
  'use strict';
  let index = 0;
  let timer = null;

  function show() {
    const boards = document.querySelectorAll('.wallboard section.board');
    if (boards.length === 0) return;
    index %= boards.length;
    boards.forEach((b, i) => b.classList.toggle('active', i === index));
    const slug = boards[index].dataset.board;
    document.querySelectorAll('.board-dots li').forEach(d => d.classList.toggle('active', d.dataset.dot === slug));
  }

  function start() {
    const wall = document.querySelector('.wallboard[data-seconds]');
    if (!wall || timer) return;
    const seconds = Math.max(5, Number(wall.dataset.seconds) || 30);
    timer = setInterval(() => { index++; show(); }, seconds * 1000);
    show();
  }

  document.addEventListener('scorecard:refreshed', show);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
