export { default } from 'react-otp-input'
