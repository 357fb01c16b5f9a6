print('detect')
