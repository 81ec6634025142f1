export { default } from 'react-phone-number-input/input'
