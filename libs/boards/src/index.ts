export * from './boards.module';
export * from './board/board.service';
export * from './board/board-deltas.service';
export * from './board/board.view';
export * from './board/board-mapping';
export * from './privacy/board-safe';
