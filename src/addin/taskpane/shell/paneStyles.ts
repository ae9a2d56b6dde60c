import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the steps: one column that fits a 320 px pane. */
export const usePaneStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  fullWidth: {
    minWidth: 0,
    width: '100%',
    // A SpinButton's padding and border would otherwise come on top of the 100%, past the pane's right margin.
    boxSizing: 'border-box',
  },
  // A button holding several lines (a flag, an option set): full width, its lines stacked and left-aligned.
  cardButton: {
    width: '100%',
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'left',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
  },
  // Messages name cells and list every use of money: long lines must wrap inside a 320 px pane.
  problemList: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
});
